"""casenotes: social-work case notes into structured records.

Importing the package loads nothing heavy; stages import their libraries
when first used.
"""

__version__ = "0.1.0"
