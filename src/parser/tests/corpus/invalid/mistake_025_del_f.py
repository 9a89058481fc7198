del [f()]
