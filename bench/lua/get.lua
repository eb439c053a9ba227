-- GETs the URL given to wrk with a bearer token. Env: TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
