"""SQLAlchemy tables, one module per area. Importing this package registers them all."""

from .base import Base, Travelling  # noqa: F401
from . import meta, sync, people, cases, directory, visits, applications  # noqa: F401
from . import supervision  # noqa: F401
from . import duplicates  # noqa: F401
from . import flags  # noqa: F401
from . import travel_claims  # noqa: F401
from . import letters  # noqa: F401
