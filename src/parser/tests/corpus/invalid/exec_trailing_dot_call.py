exec a.b.(1)
