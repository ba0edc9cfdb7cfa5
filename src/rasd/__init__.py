"""rasd (رصد): read raw Arabic news and turn it into political event data (PLOVER)."""

from .core import SCHEMA, Caption, Document, Sentence, Span, Story, Update
from .read import ReadReport, read_inputs

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Caption", "Document", "ReadReport", "Sentence", "Span", "Story", "Update", "read_inputs",
           "__version__"]
