from _exit_helper import T
payload = T("module global")
other = [T("module list item")]
