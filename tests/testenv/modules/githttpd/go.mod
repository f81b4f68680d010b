module fleetdesk.local/testenv/githttpd

go 1.26.0
