// Export: jurisdictions. Parameters: none. Columns: name.
MATCH (j:Jurisdiction) RETURN j.name AS name ORDER BY name
