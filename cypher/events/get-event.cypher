// One event with its organisers and how many firms registered; no row when it does not exist.
// $event
// columns: event {…as in list-calendar}, organisers [id], registered
MATCH (e:Event {id: $event})
RETURN e {.id, .name, .nameDe, .nameCs, .nameEn, .descriptionDe, .descriptionCs, .descriptionEn, .type, .date, .startsAt,
          .endsAt, .town, .venue, .languages, .capacity, .slotMinutes, .tables, .registrationDeadline, .scheduledAt,
          district: COLLECT { MATCH (e)-[:LOCATED_IN]->(d:Region) RETURN d.id ORDER BY d.id }[0]} AS event,
       COLLECT { MATCH (o)-[:ORGANISES]->(e) RETURN o.id ORDER BY o.id } AS organisers,
       COUNT { (:Registration)-[:FOR]->(e) } AS registered
