// Client components of the admin (referenced as 'balises/client#Name'). None yet.
export {}
