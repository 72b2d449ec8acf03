"""Interaction channels (message boards, 依申请公开 forms, 信息公开指南) read like a citizen would."""
