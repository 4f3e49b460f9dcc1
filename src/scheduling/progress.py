"""A progress line with rate and ETA on a terminal; silent when stderr is piped."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int | None, enabled: bool | None = None, stream=None):
        stream = stream or sys.stderr
        self.total, self.done, self.stream = total, 0, stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.start = self.last = time.monotonic()

    def advance(self, rows: int) -> None:
        self.done += rows
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.5:
            self.last = now
            self.stream.write("\r" + self.line(now) + " " * 4)
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.done / elapsed
        text = f"{self.done:,} rows  {rate:,.0f} rows/s"
        if self.total:
            left = (self.total - self.done) / rate if rate else 0
            text = f"{self.done:,}/{self.total:,} rows ({100 * self.done / self.total:.0f}%)  {rate:,.0f} rows/s  " \
                   f"ETA {int(left // 60)}m{int(left % 60):02d}s"
        return text

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
