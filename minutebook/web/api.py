from ninja import NinjaAPI

api = NinjaAPI(title="minutebook API", version="1", docs_url="/docs")
