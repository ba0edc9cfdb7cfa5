"""Stage 4, entities: the actor lexicon, its matcher, and within-document resolution and coreference."""

from .lexicon import Lexicon, default_lexicon, load_lexicon
from .recognize import recognize_entities

__all__ = ["Lexicon", "default_lexicon", "load_lexicon", "recognize_entities"]
