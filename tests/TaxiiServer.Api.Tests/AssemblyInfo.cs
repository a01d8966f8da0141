// Each fixture runs its own server on its own data folder, so fixtures can run side by side; much of a fixture's
// time is spent waiting for SQLite's durable commits, which overlap well.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
