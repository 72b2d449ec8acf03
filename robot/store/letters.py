"""Letters of the message boards as each run read them (for the monthly bulletin's 互动交流 table)."""
