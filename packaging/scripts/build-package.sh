#!/bin/sh
# `make package`: the PyInstaller bundle (one directory) and the .deb built from it.
#   DIST=dir   where to put them (default: dist)
set -eu
cd "$(dirname "$0")/../.."
BIN=.venv/bin
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

export KIOSK_VERSION=$($BIN/python -c 'import kiosk; print(kiosk.__version__)')
case "$(uname -m)" in
    x86_64) export KIOSK_ARCH=amd64 ;;
    aarch64|arm64) export KIOSK_ARCH=arm64 ;;
    *) export KIOSK_ARCH=$(uname -m) ;;
esac
export KIOSK_DIST="$DIST"

echo "Building the kiosk bundle into $DIST/kiosk ..."
$BIN/pyinstaller --noconfirm --clean --log-level ERROR \
    --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/kiosk.spec
echo "Building $DIST/kiosk-pos_${KIOSK_VERSION}_${KIOSK_ARCH}.deb ..."
# nfpm expands variables in some fields only; the bundle path goes in by substitution.
mkdir -p "$WORK"
sed "s|\${KIOSK_DIST}|$DIST|g" packaging/deb/nfpm.yaml > "$WORK/nfpm.yaml"
$BIN/nfpm package --config "$WORK/nfpm.yaml" --packager deb \
    --target "$DIST/kiosk-pos_${KIOSK_VERSION}_${KIOSK_ARCH}.deb" >/dev/null
echo "Done: $DIST/kiosk/kiosk and $DIST/kiosk-pos_${KIOSK_VERSION}_${KIOSK_ARCH}.deb"
