// What implements a resolution, two steps down: the programs, plans and reports that implement (or guide, are based
// on, amend, replace) it and what implements those.
// Parameters: none (edit the id: from 01-find-a-resolution). Columns: p (paths).
MATCH (r:Resolution {id: 'hau-giang.resolution.nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xiv'})
MATCH p = (r)<-[:IMPLEMENTS|GUIDES|BASED_ON|AMENDS|SUPERSEDES*1..2]-(d:Document)
WHERE d <> r
RETURN p
