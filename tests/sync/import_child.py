"""Run by test_import_safety in a child process: import one bundle, saying when it starts and ends.

    python import_child.py PROFILE_DIR BUNDLE   (passphrase in FSW_TEST_PASSPHRASE)

The parent kills this process with SIGKILL at chosen moments after "go".
"""

import os
import sys
import time
from pathlib import Path

from fsw_desktop.services.desk import profile
from fsw_desktop.services.sharing import sync_service


def main() -> None:
    db = profile.unlock(Path(sys.argv[1]), os.environ["FSW_TEST_PASSPHRASE"])
    print("go", flush=True)
    start = time.perf_counter()
    report = sync_service.import_bundle(db, Path(sys.argv[2]))
    print(f"done {time.perf_counter() - start:.4f} {report.added}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
