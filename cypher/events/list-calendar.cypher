// Events between two dates (either may be null), soonest first, with organisers and how many firms registered.
// $from, $to, $type
// columns: event {id, name, nameDe, nameCs, nameEn, descriptionDe, descriptionCs, descriptionEn, type, date, startsAt,
//          endsAt, town, venue, languages, capacity, slotMinutes, tables, registrationDeadline, scheduledAt, district},
//          organisers [id], registered
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)) AND ($type IS NULL OR e.type = $type)
RETURN e {.id, .name, .nameDe, .nameCs, .nameEn, .descriptionDe, .descriptionCs, .descriptionEn, .type, .date, .startsAt,
          .endsAt, .town, .venue, .languages, .capacity, .slotMinutes, .tables, .registrationDeadline, .scheduledAt,
          district: COLLECT { MATCH (e)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0]} AS event,
       COLLECT { MATCH (o)-[:ORGANISES]->(e) RETURN o.id ORDER BY o.id } AS organisers,
       COUNT { (:Registration)-[:FOR]->(e) } AS registered
ORDER BY e.date, e.id
