// One full-text index over names and descriptions in all three languages, so "Spritzguss",
// "vstřikování" and "injection moulding" all find injection moulders. standard-folding folds
// diacritics, so "vstrikovani" typed on a German keyboard finds "vstřikování" too.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Firm|Institute|Organisation|Product|Sector|Region|Event)
ON EACH [n.name, n.nameDe, n.nameCs, n.nameEn, n.descriptionDe, n.descriptionCs, n.descriptionEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
