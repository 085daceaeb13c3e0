"""Offline gazetteer and place resolution."""

from .gazetteer import Gazetteer
from .place import Match, Place
from .resolve import PlaceMention, Resolver

__all__ = ["Gazetteer", "Match", "Place", "PlaceMention", "Resolver"]
