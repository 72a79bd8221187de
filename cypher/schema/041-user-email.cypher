// One account per e-mail address (stored in lower case); sign-in looks it up.
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE
