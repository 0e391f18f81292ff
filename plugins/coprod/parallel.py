"""Work shared between this process and worker processes: the one way coprod uses more than one core.

The command line (`coprod check`) and the site build use it alike. Workers go
through the items from the first, in order. This process takes an item itself
when it needs one nobody has started yet (in the build: MkDocs is ready for an
easy read page the worker has not reached), and while it waits for an item a
worker is doing, it takes the last item (or group) nobody has started, so the
two meet in the middle. Each item is claimed once, in an array all processes
share, so nothing is done twice and nothing is waited for twice.

Items may be grouped: whoever claims one item of a group gets them all, and
does them in order. Use a group when an item needs another item's result (an
easy read page must be made before it can be checked): the result is then in
the same process.

A thread here takes in each result as soon as a worker sends it: a pipe holds
only a few pages, and a worker that had to wait for this process (busy in
MkDocs) to read would sit idle.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import traceback
from multiprocessing.connection import wait as wait_for_connections
from typing import Any, Callable, Sequence

# task(state, item, done) -> result. `done` holds the results this process has
# so far, by index: an item finds the results of its group's earlier items there.
Task = Callable[[Any, Any, dict], Any]


def start_method() -> str:
    """How to start workers.

    "fork" starts one in milliseconds with everything already imported and
    loaded, but is only safe while no other thread runs (not beside `mkdocs
    serve`'s server) and is the usual way only on Linux. Elsewhere "spawn": a
    fresh interpreter, about half a second before it is ready.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def spare_cores(most: int | None = None) -> int:
    """How many workers to start beside this process: one a core, this one's core left to it."""
    count = (os.cpu_count() or 1) - 1
    return max(0, min(count, most) if most is not None else count)


def _claim(claims, members: Sequence[int]) -> bool:
    """Claim a whole group for the caller, unless somebody has it already."""
    with claims.get_lock():
        if claims[members[0]]:
            return False
        for index in members:
            claims[index] = 1
        return True


def _work(task: Task, items: list, groups: list[list[int]], claims, connection,
          state, load_state) -> None:
    """A worker: every item nobody has claimed, from the first; each result sent as soon as it is made."""
    # Whatever a forked worker has from its parent stays alive until it ends:
    # keeping it out of the garbage collector's rounds saves their time.
    gc.freeze()
    try:
        if load_state is not None:
            state = load_state()
        done: dict[int, Any] = {}
        mine: set[int] = set()  # claimed with an earlier item of their group, not done yet
        for index in range(len(items)):
            members = groups[index]
            if index in mine or _claim(claims, members):
                mine.update(m for m in members if m > index)
                mine.discard(index)
                done[index] = task(state, items[index], done)
                connection.send(("result", index, done[index]))
        connection.send(("finished", None, None))
    except BaseException:  # a bug: show it where the work was asked for, not lost in another process
        connection.send(("error", None, traceback.format_exc()))
    finally:
        connection.close()


class SharedWork:
    """Do `task` on every item, here and in `workers` other processes; results by index, in any order asked.

    `state` is what the task needs besides its item (settings, glossary).
    Forked workers have it already; spawned ones call `load_state()` to make
    their own (for example, read glossary.yml again), or get `state` pickled if
    there is no `load_state`. With `warm_up`, this process does the first item
    before any worker starts, so forked workers start with whatever it loaded
    (word tables) in memory. With no workers, each item is done here when asked for.
    """

    def __init__(self, task: Task, items: Sequence, state: Any = None, *, workers: int = 0,
                 groups: Sequence[Sequence[int]] = (), load_state: Callable[[], Any] | None = None,
                 warm_up: bool = False) -> None:
        self._task, self._items, self._state = task, list(items), state
        count = len(self._items)
        self._groups: list[list[int]] = [[index] for index in range(count)]
        for group in groups:
            members = sorted(group)
            for index in members:
                self._groups[index] = members
        self._results: dict[int, Any] = {}
        self._owed: set[int] = set()  # claimed by this process (a whole group at a time), not done yet
        self._arrived = threading.Condition()  # notified whenever a result or an error comes in
        self._error: str | None = None
        self._processes: list = []
        self._last: dict[int, int] = {}  # by limit: no item from this one to the limit is left to claim
        workers = min(workers, count)
        if workers <= 0:
            self._claims = None
            return
        method = start_method()
        context = multiprocessing.get_context(method)
        self._claims = context.Array("b", count)
        if warm_up and count:
            self.get(0)
        forked = method == "fork"
        self._connections = []
        for _ in range(workers):
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(
                target=_work, daemon=True,
                args=(task, self._items, self._groups, self._claims, sender,
                      state if forked or load_state is None else None, None if forked else load_state))
            self._processes.append((process, sender))
            self._connections.append(receiver)
        self._started = threading.Event()
        if forked:
            # Forked now, from the only thread, so no lock can be held by another thread.
            self._start_workers()
        # Spawning takes a fifth of a second or more: the listener does it while this process carries on.
        self._listener = threading.Thread(target=self._listen, daemon=True)
        self._listener.start()

    def _start_workers(self) -> None:
        try:
            for process, sender in self._processes:
                process.start()
                sender.close()
        finally:
            self._started.set()

    def _listen(self) -> None:
        """Start the workers if that is still to do, then take in their results until each has finished."""
        open_connections = list(self._connections)
        try:
            if not self._started.is_set():
                self._start_workers()
            while open_connections:
                for connection in wait_for_connections(open_connections):
                    try:
                        message, index, value = connection.recv()
                    except EOFError:
                        message, index, value = "error", None, "a worker stopped without an answer"
                    with self._arrived:
                        if message == "result":
                            self._results[index] = value
                        elif message == "error":
                            self._error = self._error or value
                        self._arrived.notify_all()
                    if message != "result":
                        open_connections.remove(connection)
        except BaseException:  # shown where the work was asked for, like the workers' own failures
            with self._arrived:
                self._error = self._error or traceback.format_exc()
                self._arrived.notify_all()

    def _do(self, index: int) -> Any:
        """Do an item claimed here, after the earlier items of its group that are still owed."""
        for member in self._groups[index]:
            if member > index:
                break
            if member in self._owed:
                self._owed.discard(member)
                result = self._task(self._state, self._items[member], self._results)
                with self._arrived:
                    self._results[member] = result
        return self._results[index]

    def _claim_here(self, index: int) -> bool:
        members = self._groups[index]
        if self._claims is None:
            claimed = index not in self._results
        else:
            claimed = _claim(self._claims, members)
        if claimed:
            self._owed.update(members)
        return claimed

    def _claim_from_end(self, limit: int) -> int | None:
        """Claim the last group nobody has started before item `limit`, if any, and say which item of it to do."""
        if self._claims is None:
            return None
        with self._claims.get_lock():
            last = self._last.get(limit, limit - 1)
            while last >= 0 and self._claims[last]:
                last -= 1
            self._last[limit] = last
            if last < 0:
                return None
            members = self._groups[last]
            for member in members:
                self._claims[member] = 1
        self._owed.update(members)
        return members[0]

    def get(self, index: int, help_out: bool = True, help_before: int | None = None) -> Any:
        """Item `index`'s result: done here if nobody has started it, else from the worker doing it.

        While a worker does it, this process takes on an item nobody has
        started, from the end (or from before item `help_before`), unless
        `help_out` is False.
        """
        while True:
            with self._arrived:
                if index in self._results:
                    return self._results[index]
                if self._error is not None:
                    raise RuntimeError(f"a coprod worker process failed:\n{self._error}")
            if index in self._owed or self._claim_here(index):
                return self._do(index)
            spare = self._claim_from_end(len(self._items) if help_before is None else help_before) \
                if help_out else None
            if spare is not None:
                self._do(self._groups[spare][-1])  # the whole group: it was claimed whole
                continue
            with self._arrived:
                while index not in self._results and self._error is None:
                    self._arrived.wait()

    def results(self) -> list:
        """Every item's result, in the items' order."""
        return [self.get(index) for index in range(len(self._items))]

    def close(self) -> None:
        """Stop the workers: whatever they have not sent is not needed any more."""
        processes, self._processes = self._processes, []
        if not processes:
            return
        self._started.wait()
        for process, _ in processes:
            if process.is_alive():
                process.terminate()
        for process, _ in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        self._listener.join()
        for connection in self._connections:
            connection.close()

    def __enter__(self) -> "SharedWork":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
