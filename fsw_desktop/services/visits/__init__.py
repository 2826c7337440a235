"""Prison visits and family days: sessions, visitors, bookings and the rules a booking must pass,
and family days from requests for places to allocation by need, clearance and attendance."""
