-- The US state a browser's visitor was last seen in (a two-letter code, from the operator's CDN
-- header or the page's data-region attribute), so that the decision endpoint and the GPP strings
-- served to vendors follow the same state's law as the cookie tool did. Null: never told, the data
-- map's default applies. A state is not precise geolocation; it is kept as the birth date is.
ALTER TABLE consent_subject ADD COLUMN region VARCHAR(2);
