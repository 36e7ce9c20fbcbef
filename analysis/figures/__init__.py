"""Chart builders (Altair). Each takes validated processed frames and returns a chart."""
