"""Text handling shared by every engine: sentence splitting and inline-markup protection."""
