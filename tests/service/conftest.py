"""One profile per test module, one rolled-back transaction per test: service tests stay fast and independent."""

from __future__ import annotations

import pytest

from fsw_desktop.services.desk.session import open_session
from tests.profiles import TEMPLATES


@pytest.fixture(scope="module")
def database(tmp_path_factory, request):
    name = request.module.__name__.rsplit(".", 1)[-1]
    db = TEMPLATES.profile(tmp_path_factory.mktemp(name) / "p")
    yield db
    db.close()


@pytest.fixture
def s(database):
    session = open_session(database)
    yield session
    session.rollback()
    session.close()
