"""Process settings: where data lives, which devices to use, how to reach HQ.

Sources, strongest first: command-line options, KIOSK_* environment variables, the settings
file (`$KIOSK_CONFIG`, else `kiosk.toml` in the data directory), defaults. Business
settings that HQ may change (currency, tax mode, kiosk code, ...) live in the store instead
(kiosk.store.settings).
Secrets never live here: the HQ token is kept in the OS keyring.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from kiosk.domain.errors import KioskError

APP_NAME = "kiosk-pos"
CONFIG_FILE = "kiosk.toml"


def default_data_dir(demo: bool = False) -> Path:
    base = user_data_path(APP_NAME, appauthor=False)
    return base / "demo" if demo else base


class KioskConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KIOSK_", extra="forbid")

    data_dir: Path = Field(default_factory=default_data_dir)
    printer: str = "sim://"  # device URL: usb://, serial://, tcp://, file://, sim://
    printer_profile: str = "default"  # python-escpos capability profile name
    scanner: str = "wedge://"  # keyboard wedge by default; serial://, hid://, evdev://
    hq_url: str | None = None
    sync_time: str = "02:00"  # local time of the daily run
    language: str | None = None  # "en", "de"; default: the system locale
    fullscreen: bool = False
    log_level: str = "INFO"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings)


def load_config(data_dir: Path | None = None, **overrides: Any) -> KioskConfig:
    """Reads kiosk.toml from the data directory, then applies environment and overrides."""
    import os

    base = data_dir or Path(os.environ.get("KIOSK_DATA_DIR") or default_data_dir())
    file_values: dict[str, Any] = {}
    path = Path(os.environ.get("KIOSK_CONFIG") or base / CONFIG_FILE)
    if path.exists():
        try:
            file_values = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise KioskError(f"{path} is not valid TOML: {exc}") from None
    file_values.pop("data_dir", None)  # the data dir decides where the file is, not vice versa
    env_names = {f"KIOSK_{name.upper()}" for name in KioskConfig.model_fields}
    from_env = {k for k in env_names if k in os.environ}
    # The file only fills in what neither the environment nor the command line set.
    merged = {k: v for k, v in file_values.items() if f"KIOSK_{k.upper()}" not in from_env}
    merged.update({k: v for k, v in overrides.items() if v is not None})
    merged["data_dir"] = base
    try:
        return KioskConfig(**merged)
    except ValueError as exc:
        raise KioskError(f"Bad setting in {path} or KIOSK_* environment: {exc}") from None
