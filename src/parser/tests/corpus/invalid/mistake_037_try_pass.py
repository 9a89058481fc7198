try: pass
