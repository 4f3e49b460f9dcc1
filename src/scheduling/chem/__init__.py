"""Everything that touches RDKit: reading inputs, reducing them to a parent, computing keys."""

from scheduling.chem.identity import Identity, identify, read_structure

__all__ = ["Identity", "identify", "read_structure"]
