// Each suite runs a real server process and measures it: one at a time, so they do not skew each other.
[assembly: NonParallelizable]
