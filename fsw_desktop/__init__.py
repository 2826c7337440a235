"""FSW Desk: offline casework for family support workers at a prison desk."""

__version__ = "0.1.0"
