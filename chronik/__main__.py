from chronik.cli import main

raise SystemExit(main())
