"""The trained model files that ship with casenotes (see README.md, the model card)."""
