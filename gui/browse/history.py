"""Back/Forward history of the records shown, like a web browser's."""

from __future__ import annotations

LIMIT = 200


class History:
    """Visited record ids with a cursor; visiting after going back drops the forward part."""

    def __init__(self) -> None:
        self._items: list[str] = []
        self._pos = -1

    def visit(self, rid: str) -> None:
        if 0 <= self._pos < len(self._items) and self._items[self._pos] == rid:
            return
        del self._items[self._pos + 1 :]
        self._items.append(rid)
        if len(self._items) > LIMIT:
            del self._items[0]
        self._pos = len(self._items) - 1

    def can_go_back(self) -> bool:
        return self._pos > 0

    def can_go_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._pos += 1
        return self._items[self._pos]

    def clear(self) -> None:
        self._items.clear()
        self._pos = -1
