-- Net2Phone demo company data: fake people, runs unchanged on PostgreSQL, MariaDB/MySQL and H2.
-- Portable on purpose: multi-row INSERTs, standard '' quoting, no backslashes, no double quotes,
-- timestamps as 'YYYY-MM-DD HH:MM:SS' literals, no NOW(). Phone numbers use the fictional 555-01xx
-- range, e-mail addresses are under example.com/.net/.org, IP addresses are documentation ranges.
--
-- The documented consumer is Jane Doe, jane.doe@example.com, +1 415-555-0100, customer 1001, web
-- device dev-jane-0001. She is in every table except marketing_suppression: she is still subscribed
-- to the newsletter, and a suppression entry is what a deletion request or an unsubscribe adds.
--
-- Retention cases are written against the demo date 2026-03-01 (the latest row is 2026-02-28):
--   customer 1004 (account 2004) closed 2025-04-30, past a 180-day grace; 1008 closed 2026-01-15, inside it;
--   marketing contact 7003 unsubscribed from the newsletter in 2023, 7007 from the marketing tool;
--   invoices 4001-4005 issued before 2020-03-01, older than six years; 4006 (2020-04-01) is not yet;
--   job applicant 8002 decided 2021-03-15, more than two years ago; 8003 (2024-06-20) is not yet;
--   web events 9006-9009 and 9020 are from 2019-2020; Jane's first three (9001-9003) from 2021.

INSERT INTO customers (id, email, full_name, phone, postal_address, city, state, zip, account_name, status, signup_ip, created_at, last_activity_at, closed_at) VALUES
  (1001, 'jane.doe@example.com', 'Jane Doe', '+1 415-555-0100', '742 Valencia St Apt 3', 'San Francisco', 'CA', '94110', 'janedoe', 'active', '198.51.100.23', '2021-03-14 09:26:53', '2026-02-20 18:04:11', NULL),
  (1002, 'marcus.lee@example.com', 'Marcus Lee', '+1 510-555-0101', '1820 Shattuck Ave', 'Berkeley', 'CA', '94709', 'mlee', 'active', '203.0.113.41', '2019-02-11 14:02:09', '2026-02-18 08:45:30', NULL),
  (1003, 'priya.raman@example.net', 'Priya Raman', '+1 408-555-0102', '455 N 1st St', 'San Jose', 'CA', '95112', 'praman', 'active', '192.0.2.87', '2019-07-22 11:40:00', '2026-01-30 16:12:45', NULL),
  (1004, 'dan.oconnor@example.org', 'Daniel O''Connor', '+1 213-555-0103', '350 S Grand Ave Unit 1204', 'Los Angeles', 'CA', '90071', 'doconnor', 'closed', '198.51.100.140', '2020-01-08 10:15:22', '2025-04-28 19:03:51', '2025-04-30 12:00:00'),
  (1005, 'sofia.hernandez@example.com', 'Sofía Hernández', '+1 619-555-0104', '1010 Market St', 'San Diego', 'CA', '92101', 'shernandez', 'active', '2001:db8:4a1::17', '2020-06-03 17:55:10', '2026-02-25 10:20:00', NULL),
  (1006, 'wei.chen@example.com', 'Wei Chen', '+1 650-555-0105', '220 University Ave', 'Palo Alto', 'CA', '94301', 'chenwei', 'active', '203.0.113.9', '2020-09-15 08:30:00', '2026-02-26 13:37:00', NULL),
  (1007, 'aisha.bello@example.com', 'Aisha Bello', '+1 510-555-0106', '1500 Broadway Apt 5B', 'Oakland', 'CA', '94612', 'abello', 'active', '198.51.100.61', '2021-11-02 12:00:41', '2026-02-10 09:05:12', NULL),
  (1008, 'tom.becker@example.net', 'Tom Becker', '+1 916-555-0107', '915 L St', 'Sacramento', 'CA', '95814', 'tbecker', 'closed', '192.0.2.200', '2022-02-14 15:45:00', '2026-01-14 17:22:08', '2026-01-15 09:00:00'),
  (1009, 'grace.kim@example.com', 'Grace Kim', '+1 949-555-0108', '2 Park Plaza Suite 300', 'Irvine', 'CA', '92614', 'gkim', 'active', '203.0.113.77', '2022-05-20 10:10:10', '2026-02-27 11:48:00', NULL),
  (1010, 'luis.ortega@example.org', 'Luis Ortega', '+1 559-555-0109', '2135 Fresno St', 'Fresno', 'CA', '93721', 'lortega', 'active', '198.51.100.9', '2022-08-30 09:00:00', '2025-12-19 14:00:00', NULL),
  (1011, 'hannah.schmidt@example.com', 'Hannah Schmidt', '+1 310-555-0110', '1333 Ocean Ave', 'Santa Monica', 'CA', '90401', 'hschmidt', 'active', '2001:db8:77::3', '2023-01-09 16:20:00', '2026-02-22 20:10:00', NULL),
  (1012, 'kevin.nguyen@example.com', 'Kevin Nguyen', '+1 714-555-0111', '9842 Garden Grove Blvd', 'Garden Grove', 'CA', '92844', 'knguyen', 'active', '192.0.2.15', '2023-03-27 13:13:13', '2026-02-01 07:59:00', NULL),
  (1013, 'olivia.brooks@example.com', 'Olivia Brooks', '+1 503-555-0112', '1120 SW 5th Ave', 'Portland', 'OR', '97204', 'obrooks', 'active', '203.0.113.130', '2023-06-12 10:00:00', '2026-02-14 12:30:00', NULL),
  (1014, 'raj.patel@example.net', 'Raj Patel', '+1 510-555-0113', '39150 Paseo Padre Pkwy', 'Fremont', 'CA', '94538', 'rpatel', 'active', '198.51.100.201', '2023-09-05 09:45:00', '2026-02-24 15:15:00', NULL),
  (1015, 'emily.carter@example.com', 'Emily Carter', '+1 626-555-0114', '100 N Garfield Ave', 'Pasadena', 'CA', '91101', 'ecarter', 'active', '192.0.2.99', '2024-01-16 11:11:00', '2026-02-19 09:09:00', NULL),
  (1016, 'jamal.washington@example.com', 'Jamal Washington', '+1 562-555-0115', '411 W Ocean Blvd', 'Long Beach', 'CA', '90802', 'jwashington', 'active', '203.0.113.54', '2024-04-22 14:35:00', '2026-02-23 17:40:00', NULL),
  (1017, 'mei.tanaka@example.com', 'Mei Tanaka', '+1 310-555-0116', '3031 Torrance Blvd', 'Torrance', 'CA', '90503', 'mtanaka', 'active', '198.51.100.77', '2024-07-08 08:08:00', '2026-02-05 10:00:00', NULL),
  (1018, 'carlos.rivera@example.org', 'Carlos Rivera', '+1 512-555-0117', '600 Congress Ave', 'Austin', 'TX', '78701', 'crivera', 'active', '192.0.2.61', '2024-10-01 12:00:00', '2026-01-28 16:45:00', NULL),
  (1019, 'nora.feldman@example.com', 'Nora Feldman', '+1 831-555-0118', '1101 Pacific Ave', 'Santa Cruz', 'CA', '95060', 'nfeldman', 'active', '2001:db8:c0f::42', '2025-02-17 09:30:00', '2026-02-21 08:15:00', NULL),
  (1020, 'samuel.adeyemi@example.com', 'Samuel Adeyemi', '+1 951-555-0119', '3900 Main St', 'Riverside', 'CA', '92501', 'sadeyemi', 'active', '203.0.113.188', '2025-08-04 10:45:00', '2026-02-28 12:00:00', NULL);

-- Wei Chen (1006) has a second account, 2021, for his shop.
INSERT INTO accounts (id, customer_id, plan, status, monthly_fee, opened_at, closed_at) VALUES
  (2001, 1001, 'Residential Unlimited', 'active', 24.99, '2021-03-14 09:31:00', NULL),
  (2002, 1002, 'Business Pro', 'active', 34.99, '2019-02-11 14:10:00', NULL),
  (2003, 1003, 'Business Essentials', 'active', 19.99, '2019-07-22 11:45:00', NULL),
  (2004, 1004, 'Residential Basic', 'closed', 14.99, '2020-01-08 10:20:00', '2025-04-30 12:00:00'),
  (2005, 1005, 'International Saver', 'active', 29.99, '2020-06-03 18:00:00', NULL),
  (2006, 1006, 'Business Pro', 'active', 34.99, '2020-09-15 08:40:00', NULL),
  (2007, 1007, 'Residential Unlimited', 'active', 24.99, '2021-11-02 12:05:00', NULL),
  (2008, 1008, 'Residential Basic', 'closed', 14.99, '2022-02-14 15:50:00', '2026-01-15 09:00:00'),
  (2009, 1009, 'Business Essentials', 'active', 19.99, '2022-05-20 10:15:00', NULL),
  (2010, 1010, 'Residential Basic', 'active', 14.99, '2022-08-30 09:05:00', NULL),
  (2011, 1011, 'Residential Unlimited', 'active', 24.99, '2023-01-09 16:25:00', NULL),
  (2012, 1012, 'International Saver', 'active', 29.99, '2023-03-27 13:20:00', NULL),
  (2013, 1013, 'Business Essentials', 'active', 19.99, '2023-06-12 10:05:00', NULL),
  (2014, 1014, 'Business Pro', 'active', 34.99, '2023-09-05 09:50:00', NULL),
  (2015, 1015, 'Residential Unlimited', 'active', 24.99, '2024-01-16 11:15:00', NULL),
  (2016, 1016, 'Residential Basic', 'active', 14.99, '2024-04-22 14:40:00', NULL),
  (2017, 1017, 'International Saver', 'active', 29.99, '2024-07-08 08:10:00', NULL),
  (2018, 1018, 'Business Essentials', 'active', 19.99, '2024-10-01 12:05:00', NULL),
  (2019, 1019, 'Residential Unlimited', 'active', 24.99, '2025-02-17 09:35:00', NULL),
  (2020, 1020, 'Residential Basic', 'active', 14.99, '2025-08-04 10:50:00', NULL),
  (2021, 1006, 'Business Essentials', 'active', 19.99, '2023-02-01 09:00:00', NULL);

-- Last four digits and expiry only. Account 2021 is billed to the card of account 2006 and has none.
INSERT INTO payment_cards (id, account_id, card_last4, expiry_month, expiry_year, billing_zip, created_at) VALUES
  (3001, 2001, '1881', 8, 2027, '94110', '2021-03-14 09:33:10'),
  (3002, 2002, '0417', 11, 2026, '94709', '2019-02-11 14:12:00'),
  (3003, 2003, '5520', 3, 2027, '95112', '2023-03-01 10:00:00'),
  (3004, 2004, '7301', 6, 2025, '90071', '2020-01-08 10:22:00'),
  (3005, 2005, '0093', 2, 2028, '92101', '2020-06-03 18:02:00'),
  (3006, 2006, '6644', 9, 2027, '94301', '2020-09-15 08:42:00'),
  (3007, 2007, '2718', 12, 2026, '94612', '2021-11-02 12:07:00'),
  (3008, 2008, '3141', 4, 2026, '95814', '2022-02-14 15:52:00'),
  (3009, 2009, '8808', 7, 2028, '92614', '2022-05-20 10:17:00'),
  (3010, 2010, '1207', 10, 2027, '93721', '2022-08-30 09:07:00'),
  (3011, 2011, '4590', 1, 2029, '90401', '2023-01-09 16:27:00'),
  (3012, 2012, '3376', 5, 2027, '92844', '2023-03-27 13:22:00'),
  (3013, 2013, '9021', 8, 2028, '97204', '2023-06-12 10:07:00'),
  (3014, 2014, '6155', 3, 2029, '94538', '2023-09-05 09:52:00'),
  (3015, 2015, '2468', 6, 2028, '91101', '2024-01-16 11:17:00'),
  (3016, 2016, '1357', 11, 2027, '90802', '2024-04-22 14:42:00'),
  (3017, 2017, '7788', 9, 2029, '90503', '2024-07-08 08:12:00'),
  (3018, 2018, '5003', 2, 2030, '78701', '2024-10-01 12:07:00'),
  (3019, 2019, '0662', 12, 2029, '95060', '2025-02-17 09:37:00'),
  (3020, 2020, '8124', 4, 2030, '92501', '2025-08-04 10:52:00');

-- 4001-4005 are older than six years on 2026-03-01; 4006 turns six on 2026-04-01.
INSERT INTO invoices (id, account_id, billing_name, billing_address, amount, description, issued_at) VALUES
  (4001, 2002, 'Marcus Lee', '1820 Shattuck Ave, Berkeley, CA 94709', 34.99, 'Business Pro, March 2019', '2019-03-01 00:00:00'),
  (4002, 2002, 'Marcus Lee', '1820 Shattuck Ave, Berkeley, CA 94709', 34.99, 'Business Pro, April 2019', '2019-04-01 00:00:00'),
  (4003, 2003, 'Priya Raman', '455 N 1st St, San Jose, CA 95112', 19.99, 'Business Essentials, August 2019', '2019-08-01 00:00:00'),
  (4004, 2003, 'Priya Raman', '455 N 1st St, San Jose, CA 95112', 19.99, 'Business Essentials, January 2020', '2020-01-01 00:00:00'),
  (4005, 2004, 'Daniel O''Connor', '350 S Grand Ave Unit 1204, Los Angeles, CA 90071', 14.99, 'Residential Basic, February 2020', '2020-02-01 00:00:00'),
  (4006, 2004, 'Daniel O''Connor', '350 S Grand Ave Unit 1204, Los Angeles, CA 90071', 14.99, 'Residential Basic, April 2020', '2020-04-01 00:00:00'),
  (4007, 2001, 'Jane Doe', '742 Valencia St Apt 3, San Francisco, CA 94110', 24.99, 'Residential Unlimited, April 2021', '2021-04-01 00:00:00'),
  (4008, 2001, 'Jane Doe', '742 Valencia St Apt 3, San Francisco, CA 94110', 24.99, 'Residential Unlimited, December 2025', '2025-12-01 00:00:00'),
  (4009, 2001, 'Jane Doe', '742 Valencia St Apt 3, San Francisco, CA 94110', 31.47, 'Residential Unlimited, January 2026; international minutes to Mexico: 6.48', '2026-01-01 00:00:00'),
  (4010, 2001, 'Jane Doe', '742 Valencia St Apt 3, San Francisco, CA 94110', 24.99, 'Residential Unlimited, February 2026', '2026-02-01 00:00:00'),
  (4011, 2004, 'Daniel O''Connor', '350 S Grand Ave Unit 1204, Los Angeles, CA 90071', 14.99, 'Residential Basic, April 2025 (final invoice)', '2025-05-01 00:00:00'),
  (4012, 2005, 'Sofía Hernández', '1010 Market St, San Diego, CA 92101', 29.99, 'International Saver, February 2026', '2026-02-01 00:00:00'),
  (4013, 2006, 'Wei Chen', '220 University Ave, Palo Alto, CA 94301', 34.99, 'Business Pro, February 2026', '2026-02-01 00:00:00'),
  (4014, 2021, 'Wei Chen', '220 University Ave, Palo Alto, CA 94301', 19.99, 'Business Essentials, February 2026', '2026-02-01 00:00:00'),
  (4015, 2007, 'Aisha Bello', '1500 Broadway Apt 5B, Oakland, CA 94612', 24.99, 'Residential Unlimited, February 2026', '2026-02-01 00:00:00'),
  (4016, 2008, 'Tom Becker', '915 L St, Sacramento, CA 95814', 7.25, 'Residential Basic, 1-15 January 2026 (final invoice)', '2026-01-15 09:00:00'),
  (4017, 2009, 'Grace Kim', '2 Park Plaza Suite 300, Irvine, CA 92614', 19.99, 'Business Essentials, February 2026', '2026-02-01 00:00:00'),
  (4018, 2010, 'Luis Ortega', '2135 Fresno St, Fresno, CA 93721', 14.99, 'Residential Basic, February 2026', '2026-02-01 00:00:00'),
  (4019, 2011, 'Hannah Schmidt', '1333 Ocean Ave, Santa Monica, CA 90401', 24.99, 'Residential Unlimited, February 2026', '2026-02-01 00:00:00'),
  (4020, 2012, 'Kevin Nguyen', '9842 Garden Grove Blvd, Garden Grove, CA 92844', 29.99, 'International Saver, February 2026', '2026-02-01 00:00:00'),
  (4021, 2013, 'Olivia Brooks', '1120 SW 5th Ave, Portland, OR 97204', 19.99, 'Business Essentials, February 2026', '2026-02-01 00:00:00'),
  (4022, 2014, 'Raj Patel', '39150 Paseo Padre Pkwy, Fremont, CA 94538', 34.99, 'Business Pro, February 2026', '2026-02-01 00:00:00'),
  (4023, 2015, 'Emily Carter', '100 N Garfield Ave, Pasadena, CA 91101', 24.99, 'Residential Unlimited, February 2026', '2026-02-01 00:00:00'),
  (4024, 2016, 'Jamal Washington', '411 W Ocean Blvd, Long Beach, CA 90802', 14.99, 'Residential Basic, February 2026', '2026-02-01 00:00:00'),
  (4025, 2017, 'Mei Tanaka', '3031 Torrance Blvd, Torrance, CA 90503', 29.99, 'International Saver, February 2026', '2026-02-01 00:00:00'),
  (4026, 2018, 'Carlos Rivera', '600 Congress Ave, Austin, TX 78701', 19.99, 'Business Essentials, February 2026', '2026-02-01 00:00:00'),
  (4027, 2019, 'Nora Feldman', '1101 Pacific Ave, Santa Cruz, CA 95060', 24.99, 'Residential Unlimited, February 2026', '2026-02-01 00:00:00'),
  (4028, 2020, 'Samuel Adeyemi', '3900 Main St, Riverside, CA 92501', 14.99, 'Residential Basic, February 2026', '2026-02-01 00:00:00'),
  (4029, 2002, 'Marcus Lee', '1820 Shattuck Ave, Berkeley, CA 94709', 34.99, 'Business Pro, February 2026', '2026-02-01 00:00:00'),
  (4030, 2003, 'Priya Raman', '455 N 1st St, San Jose, CA 95112', 19.99, 'Business Essentials, February 2026', '2026-02-01 00:00:00');

-- Calls with Net2Phone's support line (+1 973-555-0190) and sales line (+1 973-555-0191);
-- the direction is Net2Phone's. Call 5003 is a prospect with no account, known only by phone.
INSERT INTO call_records (id, account_id, caller_number, callee_number, direction, duration_seconds, recording_uri, started_at) VALUES
  (5001, 2001, '+1 415-555-0100', '+1 973-555-0190', 'inbound', 412, 's3://n2p-call-recordings/2025/11/5001.wav', '2025-11-18 16:02:37'),
  (5002, 2001, '+1 973-555-0191', '+1 415-555-0100', 'outbound', 187, 's3://n2p-call-recordings/2026/01/5002.wav', '2026-01-09 10:30:00'),
  (5003, NULL, '+1 628-555-0150', '+1 973-555-0191', 'inbound', 655, 's3://n2p-call-recordings/2026/02/5003.wav', '2026-02-12 13:05:00'),
  (5004, 2002, '+1 510-555-0101', '+1 973-555-0190', 'inbound', 240, 's3://n2p-call-recordings/2019/06/5004.wav', '2019-06-04 09:12:00'),
  (5005, 2004, '+1 213-555-0103', '+1 973-555-0190', 'inbound', 905, 's3://n2p-call-recordings/2025/04/5005.wav', '2025-04-28 18:40:00'),
  (5006, 2005, '+1 619-555-0104', '+1 973-555-0190', 'inbound', 320, 's3://n2p-call-recordings/2025/09/5006.wav', '2025-09-10 11:00:00'),
  (5007, 2006, '+1 973-555-0191', '+1 650-555-0105', 'outbound', 1260, 's3://n2p-call-recordings/2023/01/5007.wav', '2023-01-25 15:00:00'),
  (5008, 2009, '+1 949-555-0108', '+1 973-555-0190', 'inbound', 98, NULL, '2024-06-14 08:20:00'),
  (5009, 2011, '+1 310-555-0110', '+1 973-555-0190', 'inbound', 540, 's3://n2p-call-recordings/2025/12/5009.wav', '2025-12-03 19:45:00'),
  (5010, 2014, '+1 510-555-0113', '+1 973-555-0190', 'inbound', 300, NULL, '2026-02-24 15:20:00'),
  (5011, 2016, '+1 562-555-0115', '+1 973-555-0190', 'inbound', 720, 's3://n2p-call-recordings/2025/07/5011.wav', '2025-07-07 12:10:00'),
  (5012, 2019, '+1 973-555-0191', '+1 831-555-0118', 'outbound', 410, 's3://n2p-call-recordings/2025/11/5012.wav', '2025-11-20 10:00:00');

INSERT INTO call_transcripts (id, call_record_id, transcript, summary, created_at) VALUES
  (6001, 5001, 'Agent: Thank you for calling Net2Phone support, this is Luis; may I have your name and the number on the account? Caller: Jane Doe, 415-555-0100. Agent: Thanks, Jane. How can I help? Caller: My desk phone stopped ringing; incoming calls go straight to voicemail. Agent: I see call forwarding was switched on yesterday; I''ve turned it off. Could you try a test call? Caller: It rings now. Thanks!', 'Incoming calls went to voicemail because call forwarding was on; the agent turned it off; resolved on the call.', '2025-11-18 16:10:02'),
  (6002, 5002, 'Agent: Hi Jane, this is Priya from Net2Phone. You''ve made several calls to Mexico this month; our International Saver plan would cover them. Caller: What would it cost? Agent: 29.99 a month, five dollars more than today. Caller: Let me think about it; send me the details by email.', 'Offered the International Saver plan; the customer asked for details by email; follow up in two weeks.', '2026-01-09 10:36:00'),
  (6003, 5003, 'Caller: Hi, this is Ava Thompson from Bayview Dental; we met at your booth at the small business expo. We need phones for twelve seats. Agent: Happy to help. Do you need call recording? Caller: Yes, for the front desk only.', 'Prospect wants a quote for 12 seats with front-desk call recording; send a Business Pro quote.', '2026-02-12 13:20:00'),
  (6004, 5005, 'Caller: I''m moving abroad and want to close my account. Agent: Sorry to see you go, Daniel. I can close it on April 30 so you keep service until then; is that all right? Caller: Yes, April 30 works.', 'Customer is moving abroad; account closure scheduled for 2025-04-30.', '2025-04-28 18:58:00'),
  (6005, 5007, 'Agent: Hi Wei, it''s Sam from Net2Phone. You mentioned opening a second store; would a separate business line help? Caller: It would; the shop needs its own number and voicemail.', 'Customer will open a second account (Business Essentials) for his shop.', '2023-01-25 15:25:00'),
  (6006, 5009, 'Caller: The app says my voicemail box is full; I deleted everything. Agent: The old greeting files count too; I''ve cleared them. Caller: Great, it works.', 'Voicemail quota held old greeting files; cleared by the agent.', '2025-12-03 19:55:00'),
  (6007, 5011, 'Caller: I''m being billed for a fax line I never ordered. Agent: You''re right, Mr. Washington; I''ve removed it and credited the last two months.', 'Removed an unordered fax line and credited two months.', '2025-07-07 12:25:00');

-- 7003 unsubscribed from the newsletter, 7007 from the marketing tool; both are also suppressed.
INSERT INTO marketing_contacts (id, email, full_name, company, source, subscribed_at, unsubscribed_at) VALUES
  (7001, 'jane.doe@example.com', 'Jane Doe', NULL, 'newsletter', '2021-03-14 09:40:00', NULL),
  (7002, 'ava.thompson@example.com', 'Ava Thompson', 'Bayview Dental', 'event', '2026-01-28 15:00:00', NULL),
  (7003, 'ben.hollis@example.org', 'Ben Hollis', NULL, 'newsletter', '2020-05-11 08:00:00', '2023-08-02 21:14:00'),
  (7004, 'marcus.lee@example.com', 'Marcus Lee', 'Lee Architecture', 'newsletter', '2019-02-11 14:15:00', NULL),
  (7005, 'grace.kim@example.com', 'Grace Kim', 'Kim & Park CPAs', 'event', '2022-04-06 11:00:00', NULL),
  (7006, 'lena.fischer@example.net', 'Lena Fischer', 'Fischer Logistics', 'marketing-tool', '2025-10-14 09:00:00', NULL),
  (7007, 'omar.haddad@example.com', 'Omar Haddad', 'Haddad Law Group', 'marketing-tool', '2024-03-19 10:30:00', '2025-01-07 07:45:00'),
  (7008, 'emily.carter@example.com', 'Emily Carter', NULL, 'newsletter', '2024-01-16 11:20:00', NULL),
  (7009, 'diego.morales@example.org', 'Diego Morales', 'Morales Auto Repair', 'event', '2023-10-05 16:00:00', NULL),
  (7010, 'nora.feldman@example.com', 'Nora Feldman', NULL, 'newsletter', '2025-02-17 09:40:00', NULL);

-- r.quinn@example.net asked for deletion in 2025: the suppression entry is all that is left of them.
INSERT INTO marketing_suppression (email, added_at, reason) VALUES
  ('ben.hollis@example.org', '2023-08-02 21:14:00', 'unsubscribed'),
  ('omar.haddad@example.com', '2025-01-07 07:45:00', 'unsubscribed'),
  ('r.quinn@example.net', '2025-06-03 10:00:00', 'deletion-request');

-- 8002 was decided more than two years before 2026-03-01; 8003 less; 8004 is still open.
INSERT INTO job_applicants (id, email, full_name, phone, position, employment_history, education, cv_text, applied_at, decided_at) VALUES
  (8001, 'jane.doe@example.com', 'Jane Doe', '+1 415-555-0100', 'Customer Support Specialist', 'Bay Area Transit, customer service agent, 2021-present; Mission Books, store lead, 2017-2021', 'B.A. Communication, San Francisco State University, 2016', 'Jane Doe; San Francisco, CA; jane.doe@example.com; +1 415-555-0100. Nine years of customer-facing work; fluent in English and Spanish.', '2025-09-08 20:15:00', '2025-10-02 14:00:00'),
  (8002, 'kyle.bennett@example.com', 'Kyle Bennett', '+1 415-555-0130', 'Network Engineer', 'Sierra Cable, network technician, 2016-2021', 'A.S. Network Technology, City College of San Francisco, 2015', 'Kyle Bennett; Daly City, CA. CCNA; five years of field and NOC work.', '2021-02-01 08:30:00', '2021-03-15 16:00:00'),
  (8003, 'maria.santos@example.org', 'Maria Santos', '+1 323-555-0131', 'Account Executive', 'Pacific Office Supply, sales representative, 2019-2024', 'B.S. Business Administration, Cal State LA, 2018', 'Maria Santos; Los Angeles, CA. Closed 1.2M in annual contracts in 2023.', '2024-05-10 12:00:00', '2024-06-20 10:30:00'),
  (8004, 'tyler.brooks@example.net', 'Tyler Brooks', '+1 206-555-0132', 'Software Engineer, Voice Platform', 'Cascade Telecom, software engineer, 2020-present', 'B.S. Computer Science, University of Washington, 2020', 'Tyler Brooks; Seattle, WA. SIP, WebRTC, Java and Go.', '2026-02-02 09:15:00', NULL),
  (8005, 'anna.kowalski@example.com', 'Anna Kowalski', '+1 408-555-0133', 'Data Analyst', 'Valley Health Partners, reporting analyst, 2022-present', 'M.S. Statistics, San Jose State University, 2022', 'Anna Kowalski; San Jose, CA. SQL, Python, dashboards for operations.', '2025-11-12 18:40:00', '2026-01-09 11:00:00');

-- Jane's device dev-jane-0001 browsed anonymously before she signed up (9001, 9002), then logged in.
INSERT INTO web_events (id, device_id, customer_id, ip_address, approx_city, page_url, referrer, user_agent, ad_campaign, occurred_at) VALUES
  (9001, 'dev-jane-0001', NULL, '198.51.100.23', 'San Francisco', 'https://www.net2phone.com/pricing', 'https://www.google.com/', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 'search-residential-2021', '2021-03-13 21:02:11'),
  (9002, 'dev-jane-0001', NULL, '198.51.100.23', 'San Francisco', 'https://www.net2phone.com/signup', 'https://www.net2phone.com/pricing', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', NULL, '2021-03-14 09:20:00'),
  (9003, 'dev-jane-0001', 1001, '198.51.100.23', 'San Francisco', 'https://app.net2phone.com/account', 'https://www.net2phone.com/signup', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', NULL, '2021-03-14 09:35:00'),
  (9004, 'dev-jane-0001', 1001, '198.51.100.24', 'San Francisco', 'https://www.net2phone.com/plans/international-saver?utm_source=email&utm_campaign=intl-upsell', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 'intl-upsell-2026', '2026-01-10 07:45:00'),
  (9005, 'dev-jane-0001', 1001, '198.51.100.24', 'San Francisco', 'https://app.net2phone.com/billing/invoices', 'https://app.net2phone.com/account', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', NULL, '2026-02-20 18:04:11'),
  (9006, 'dev-5c1f-8a20', 1002, '203.0.113.41', 'Berkeley', 'https://app.net2phone.com/account', NULL, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Safari/537.36', NULL, '2019-03-02 10:00:00'),
  (9007, 'dev-5c1f-8a20', 1002, '203.0.113.41', 'Berkeley', 'https://app.net2phone.com/billing/invoices', 'https://app.net2phone.com/account', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/73.0.3683.86 Safari/537.36', NULL, '2019-04-18 17:31:00'),
  (9008, 'dev-0b7e-33d1', NULL, '192.0.2.33', 'Los Angeles', 'https://www.net2phone.com/', 'https://www.bing.com/', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:70.0) Gecko/20100101 Firefox/70.0', 'brand-2019', '2019-11-05 13:44:00'),
  (9009, 'dev-91aa-4e02', 1003, '192.0.2.87', 'San Jose', 'https://app.net2phone.com/account/users', 'https://app.net2phone.com/account', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.4 Safari/605.1.15', NULL, '2020-02-14 09:10:00'),
  (9010, 'dev-77c3-1f9b', 1004, '198.51.100.140', 'Los Angeles', 'https://app.net2phone.com/account/close', 'https://app.net2phone.com/account', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1', NULL, '2025-04-28 19:03:51'),
  (9011, 'dev-d4e8-0c55', 1005, '2001:db8:4a1::17', 'San Diego', 'https://app.net2phone.com/calls/international', 'https://app.net2phone.com/account', 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36', NULL, '2026-02-25 10:20:00'),
  (9012, 'dev-3a6f-9e10', NULL, '203.0.113.250', 'Phoenix', 'https://www.net2phone.com/blog/voip-for-small-business', 'https://www.linkedin.com/', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36', 'smb-content-2025', '2025-06-18 14:02:00'),
  (9013, 'dev-3a6f-9e10', NULL, '203.0.113.250', 'Phoenix', 'https://www.net2phone.com/pricing', 'https://www.net2phone.com/blog/voip-for-small-business', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36', 'smb-content-2025', '2025-06-18 14:05:30'),
  (9014, 'dev-c2b1-7d44', 1006, '203.0.113.9', 'Palo Alto', 'https://app.net2phone.com/account/lines', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36', NULL, '2026-02-26 13:37:00'),
  (9015, 'dev-e5f0-2a78', 1009, '203.0.113.77', 'Irvine', 'https://app.net2phone.com/billing/payment-method', 'https://app.net2phone.com/billing/invoices', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0', NULL, '2026-02-27 11:48:00'),
  (9016, 'dev-1f2e-3d4c', 1011, '2001:db8:77::3', 'Santa Monica', 'https://app.net2phone.com/voicemail', NULL, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1', NULL, '2026-02-22 20:10:00'),
  (9017, 'dev-8b9a-6c5d', 1014, '198.51.100.201', 'Fremont', 'https://app.net2phone.com/support', 'https://app.net2phone.com/account', 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0', NULL, '2026-02-24 15:15:00'),
  (9018, 'dev-4d3c-2b1a', 1016, '203.0.113.54', 'Long Beach', 'https://app.net2phone.com/billing/invoices', NULL, 'Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36', NULL, '2026-02-23 17:40:00'),
  (9019, 'dev-6e7f-8a9b', 1019, '2001:db8:c0f::42', 'Santa Cruz', 'https://app.net2phone.com/account', NULL, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15', NULL, '2026-02-21 08:15:00'),
  (9020, 'dev-a0b1-c2d3', NULL, '192.0.2.140', 'Fresno', 'https://www.net2phone.com/residential', 'https://www.google.com/', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.105 Safari/537.36', 'search-residential-2020', '2020-07-04 11:00:00'),
  (9021, 'dev-f00d-0001', NULL, '198.51.100.77', 'Torrance', 'https://www.net2phone.com/international-calling', 'https://www.facebook.com/', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'social-intl-2024', '2024-07-07 21:30:00'),
  (9022, 'dev-f00d-0001', 1017, '198.51.100.77', 'Torrance', 'https://app.net2phone.com/account', 'https://www.net2phone.com/signup', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', NULL, '2024-07-08 08:12:00');
