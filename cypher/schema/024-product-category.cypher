// Alternatives "in the same category" look products up by category.
CREATE INDEX product_category IF NOT EXISTS FOR (n:Product) ON (n.category)
