"""Turning raw bytes into article text, with clear errors for what is not text."""

from __future__ import annotations

from diplograph.errors import InputError, Messages

# Control characters other than tab, newline, carriage return and form feed mark binary data.
_TEXT_CONTROLS = {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """Return True when the first kilobytes hold NUL bytes or many control characters."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return bool(head) and controls / len(head) > 0.05


def decode_text(data: bytes, name: str) -> str:
    """Return `data` as text, or raise InputError naming `name` and the reason."""
    if looks_binary(data):
        raise InputError(Messages.BINARY.format(input=name))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Messages.BAD_ENCODING.format(input=name, offset=exc.start)) from None
