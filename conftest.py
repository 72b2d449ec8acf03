"""Repository-wide pytest setup: the robot's tests run against local sites only."""
