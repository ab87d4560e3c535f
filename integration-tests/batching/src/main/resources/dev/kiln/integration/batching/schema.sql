-- The batching domain's tables and their sample data, fixed so that every query has one right
-- answer. Database runs this script once, when it creates a database.

CREATE TABLE users (
  id INT PRIMARY KEY,
  name VARCHAR(100) NOT NULL UNIQUE,
  homepage VARCHAR(200)
);

-- Friendship goes both ways: each pair is stored once in each direction.
CREATE TABLE friendships (
  user_id INT NOT NULL REFERENCES users (id),
  friend_id INT NOT NULL REFERENCES users (id),
  PRIMARY KEY (user_id, friend_id)
);

CREATE TABLE posts (
  id INT PRIMARY KEY,
  author_id INT NOT NULL REFERENCES users (id),
  title VARCHAR(200) NOT NULL
);

CREATE TABLE comments (
  id INT PRIMARY KEY,
  post_id INT NOT NULL REFERENCES posts (id),
  author_id INT NOT NULL REFERENCES users (id),
  body VARCHAR(500) NOT NULL
);
CREATE INDEX comments_by_post ON comments (post_id, id);

CREATE TABLE playlists (
  id INT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE tracks (
  id INT PRIMARY KEY,
  playlist_id INT NOT NULL REFERENCES playlists (id),
  position INT NOT NULL,
  title VARCHAR(200) NOT NULL,
  UNIQUE (playlist_id, position)
);

CREATE TABLE likes (
  user_id INT NOT NULL REFERENCES users (id),
  track_id INT NOT NULL REFERENCES tracks (id),
  PRIMARY KEY (user_id, track_id)
);

-- Linus's homepage was stored before URLs were checked, and is not one.
INSERT INTO users (id, name, homepage) VALUES
  (1, 'Ada', 'https://ada.example.org'),
  (2, 'Grace', 'https://grace.example.org/cobol'),
  (3, 'Linus', 'https://linus example.org'),
  (4, 'Margaret', NULL),
  (5, 'Alan', NULL),
  (6, 'Barbara', NULL),
  (7, 'Edsger', NULL),
  (8, 'Donald', NULL),
  (9, 'Frances', NULL),
  (10, 'Ken', NULL),
  (11, 'Dennis', NULL),
  (12, 'Radia', NULL),
  (13, 'Tim', NULL),
  (14, 'Guido', NULL);

-- Two groups, each of overlapping circles, so that friends of friends recur: Ada, Grace and Linus
-- are all friends of each other, and each also has friends the others lack. Tim and Guido have no
-- friends.
INSERT INTO friendships (user_id, friend_id) VALUES
  (1, 2), (1, 3), (1, 4), (2, 3), (2, 5), (3, 6), (4, 5), (4, 7), (5, 8), (6, 7), (7, 8),
  (9, 10), (9, 11), (10, 11), (11, 12);
INSERT INTO friendships (user_id, friend_id) SELECT friend_id, user_id FROM friendships;

INSERT INTO posts (id, author_id, title) VALUES
  (1, 1, 'Notes on the Analytical Engine'),
  (2, 2, 'Why COBOL reads like English'),
  (3, 3, 'Release early, release often'),
  (4, 1, 'Poetical science'),
  (5, 4, 'Software engineering, a name that stuck'),
  (6, 5, 'Can machines think?'),
  (7, 2, 'The first actual bug'),
  (8, 7, 'Go to statement considered harmful'),
  (9, 6, 'Abstraction and substitution'),
  (10, 8, 'Premature optimization');

-- The newest comment of each of the five newest posts (6 to 10) is by the author of one of those
-- posts; the older comments are by others too.
INSERT INTO comments (id, post_id, author_id, body) VALUES
  (1, 1, 2, 'Wonderful notes.'),
  (2, 1, 5, 'Could the engine compose music?'),
  (3, 2, 1, 'It does read like English.'),
  (4, 2, 11, 'Too many words for my taste.'),
  (5, 3, 10, 'Agreed.'),
  (6, 3, 11, 'Ship it.'),
  (7, 4, 4, 'Science needs poetry.'),
  (8, 5, 2, 'Apollo proved it.'),
  (9, 5, 3, 'Still true.'),
  (10, 6, 1, 'Perhaps one day.'),
  (11, 6, 13, 'They browse the web now.'),
  (12, 6, 2, 'Mine prints moths.'),
  (13, 7, 9, 'Where was the moth?'),
  (14, 7, 7, 'Bugs are errors by another name.'),
  (15, 8, 3, 'Goto fail says hello.'),
  (16, 8, 8, 'Structured programming with go to statements.'),
  (17, 8, 6, 'Use them sparingly.'),
  (18, 9, 12, 'Substitute wisely.'),
  (19, 9, 5, 'Types are the contract.'),
  (20, 10, 10, 'Measure first.'),
  (21, 10, 3, 'Profile, then optimize.'),
  (22, 10, 12, 'The other 3 percent!'),
  (23, 10, 14, 'Readability counts.'),
  (24, 10, 9, 'Optimizing compilers help.'),
  (25, 10, 13, 'Quoted out of context again.'),
  (26, 10, 8, 'The full quote matters.');

INSERT INTO playlists (id, name) VALUES (1, 'Road trip'), (2, 'Silence');

-- Fifty tracks whose ids run against their positions, so that an answer in id order would show.
INSERT INTO tracks (id, playlist_id, position, title)
  SELECT 151 - X, 1, X, 'Song ' || X FROM SYSTEM_RANGE(1, 50);

-- Ada likes every third track, Grace every fifth.
INSERT INTO likes (user_id, track_id) SELECT 1, id FROM tracks WHERE MOD(position, 3) = 0;
INSERT INTO likes (user_id, track_id) SELECT 2, id FROM tracks WHERE MOD(position, 5) = 0;
