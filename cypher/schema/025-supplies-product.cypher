// Supply links are filtered by the product they carry.
CREATE INDEX supplies_product IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.product)
