raise SystemExit("fatal: bad things")
