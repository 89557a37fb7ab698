"""The OpenAPI document at /api/openapi.json lists the read and write endpoints; the docs page is served."""


def test_openapi_lists_endpoints(client, db):
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in ["/api/bodies", "/api/bodies/{slug}/members", "/api/meetings", "/api/meetings/{pk}",
                 "/api/meetings/{pk}/agenda", "/api/meetings/{pk}/minutes", "/api/meetings/{pk}/attendance",
                 "/api/resolutions", "/api/actions", "/api/people", "/api/organisations", "/api/documents",
                 "/api/documents/{pk}/download", "/api/search", "/api/ocd/events"]:
        assert "get" in paths[path], path
    assert "post" in paths["/api/meetings"] and "patch" in paths["/api/meetings/{pk}"]
    assert "put" in paths["/api/meetings/{pk}/attendance"]
    assert "post" in paths["/api/meetings/{pk}/minutes"] and "patch" in paths["/api/minutes/{pk}"]
    assert "post" in paths["/api/actions/{pk}/updates"]
    assert paths["/api/meetings"]["post"]["security"]          # writes need the bearer token
    assert "bearer" in str(schema["components"]["securitySchemes"]).lower()
    assert client.get("/api/docs").status_code == 200
