"""Colours the dialogs share, so a problem looks the same in every one of them."""

ERROR_COLOUR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
HINT_STYLE = "color: palette(placeholder-text);"
