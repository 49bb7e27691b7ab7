"""The domain: facts, their periods and quantities, and the store that keeps them."""
