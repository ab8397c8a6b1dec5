"""Qt Quick bridges: QObjects and list models that QML binds to. The only Qt besides app.py."""
