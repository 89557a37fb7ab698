"""The web application: public site, clerk workspace, members' actions, JSON API and feeds."""
