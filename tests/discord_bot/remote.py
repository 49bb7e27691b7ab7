"""Work for `LoopProcess` tests, run in a worker process (kept free of heavy imports)."""

from __future__ import annotations

import os
import time

started_with: tuple = ()


def start(*args: object) -> None:
    global started_with
    started_with = args


def started() -> tuple:
    return started_with


def pid() -> int:
    return os.getpid()


def add(a: int, b: int) -> int:
    return a + b


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def fail(message: str) -> None:
    raise ValueError(message)


class Unpicklable(Exception):
    def __init__(self, message: str, handle: object) -> None:
        super().__init__(message)
        self.handle = handle


def fail_unpicklably(message: str) -> None:
    raise Unpicklable(message, lambda: None)
