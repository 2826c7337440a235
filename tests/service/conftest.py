"""One profile per test module, one rolled-back transaction per test: service tests stay fast and independent."""

from __future__ import annotations

import pytest

from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE, WORKER


@pytest.fixture(scope="module")
def database(tmp_path_factory, request):
    from fsw_desktop.services.desk import profile

    name = request.module.__name__.rsplit(".", 1)[-1]
    db = profile.create_profile(tmp_path_factory.mktemp(name) / "p", WORKER, f"Desk {name}", "worker",
                                PASSPHRASE, "HMP Testfield (synthetic)")
    yield db
    db.close()


@pytest.fixture
def s(database):
    session = open_session(database)
    yield session
    session.rollback()
    session.close()
